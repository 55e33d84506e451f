// Every visit abroad by a Russian official in 2021 (ISO dates compare as text:
// '2021' <= any date in 2021 < '2022', whatever its precision).
MATCH (:Country {countryCode: 'RUS'})<-[:nationality]-(p:Person)<-[:visitor]-(e:Event {eventType: 'visit'})-[:destination]->(c:Country)
WHERE e.startDate >= '2021' AND e.startDate < '2022' AND c.countryCode <> 'RUS'
RETURN p.name AS official, c.name AS destination, e.startDate AS date, e.endDate AS until
ORDER BY date
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// official      | destination | date       | until
// --------------+-------------+------------+-----------
// Sergey Lavrov | Vietnam     | 2021-11-15 | 2021-11-16
// (1 row)
