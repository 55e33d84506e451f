// Bilateral trade figures between China and Russia over time, in either direction or as a total.
MATCH (a:Country {countryCode: 'CHN'})<-[r1]-(e:Event {eventType: 'trade_figure'})-[r2]->(b:Country {countryCode: 'RUS'})
RETURN e.startDate AS year, type(r1) AS china, type(r2) AS russia, e.value AS value, e.currency AS currency, e.tradeFlow AS flow
ORDER BY year
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// year | china | russia |          value | currency | flow
// -----+-------+--------+----------------+----------+------
// 2020 | party | party  | 108000000000.0 | USD      | total
// (1 row)
