// Several questions in one script, separated by ';' and answered in turn.
MATCH (a:Article) RETURN a.inLanguage AS language, count(*) AS articles ORDER BY language;
MATCH (o:Organization) RETURN o.name AS organisation ORDER BY organisation;
MATCH (e:Event {eventType: 'trade_figure'}) RETURN e.currency AS currency, count(*) AS figures, sum(e.value) AS total ORDER BY currency
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// language | articles
// ---------+---------
// de       |        3
// en       |        4
// es       |        3
// fr       |        3
// nl       |        5
// (5 rows)
//
// organisation
// -----------------------
// Bavaria
// Eurasian Economic Union
// European Union
// Foreign ministry
// Instituto Geofísico
// Nationale Bank
// Ontario
// Quebec
// Secretaría de Economía
// (9 rows)
//
// currency | figures |          total
// ---------+---------+---------------
// AUD      |       1 |  17800000000.0
// CAD      |       1 |  56000000000.0
// EUR      |      11 | 108630000000.0
// USD      |       7 | 163245000000.0
// (4 rows)
