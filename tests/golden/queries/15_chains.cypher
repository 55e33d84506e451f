// Persons linked to Sergey Lavrov through at most two events (four relationships, roles only).
MATCH (l:Person {name: 'Sergey Lavrov'})-[:party|visitor|destination*1..4]-(p:Person)
WHERE p <> l
RETURN DISTINCT p.name AS person
ORDER BY person
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// person
// ----------------
// Claire Whitfield
// Do Quang Vinh
// Maria Zakharova
// Nguyễn Xuân Phúc
// Vladimir Putin
// (5 rows)
