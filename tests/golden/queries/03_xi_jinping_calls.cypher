// Whom did Xi Jinping phone, and how often (a call event may stand for several calls: count).
MATCH (:Person {name: 'Xi Jinping'})<-[:party]-(e:Event {eventType: 'phone_call'})-[:party]->(other)
RETURN other.name AS partner, left(e.startDate, 4) AS year, count(e) AS events, sum(coalesce(e.count, 1)) AS calls
ORDER BY year, partner
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// partner        | year | events | calls
// ---------------+------+--------+------
// Vladimir Putin | 2020 |      1 |     4
// Vladimir Putin | 2021 |      1 |     1
// (2 rows)
