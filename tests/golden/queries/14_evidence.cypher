// The evidence for Xi Jinping's visit: the articles and the sentences it was read from.
MATCH (:Person {name: 'Xi Jinping'})<-[:visitor]-(e:Event)-[m:mentionedIn]->(a:Article)
RETURN e.startDate AS date, a.identifier AS article, a.inLanguage AS lang, m.start AS start, m.end AS `end`, m.trigger AS trigger, m.sentence AS sentence
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// date    | article               | lang | start | end | trigger      | sentence
// --------+-----------------------+------+-------+-----+--------------+--------------------------------------------------------------------
// 2019-06 | nl-buitenland.jsonl#1 | nl   |   845 | 912 | staatsbezoek | Xi bracht in juni 2019 voor het laatst een staatsbezoek aan Moskou.
// (1 row)
