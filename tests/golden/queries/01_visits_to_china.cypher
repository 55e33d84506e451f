// Every visit to China: who came, from which country, when, and what became of it.
MATCH (p:Person)<-[:visitor]-(e:Event {eventType: 'visit'})-[:destination]->(:Country {countryCode: 'CHN'})
OPTIONAL MATCH (p)-[:nationality]->(home:Country)
RETURN p.name AS visitor, home.name AS from, e.startDate AS date, e.status AS status
ORDER BY date
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// visitor | from | date | status
// --------+------+------+-------
// (0 rows)
