// Treaties signed, renewed, extended or ratified, with their parties.
MATCH (e:Event)-[:party]->(c:Country)
WHERE e.eventType IN ['treaty_signing', 'treaty_renewal', 'treaty_extension', 'treaty_ratification']
WITH e, collect(c.name) AS parties
RETURN e.eventType AS kind, e.startDate AS date, e.status AS status, parties
ORDER BY date, kind
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// kind                | date       | status   | parties
// --------------------+------------+----------+--------------------------
// treaty_extension    | 2019       | occurred | ["Belgium","France"]
// treaty_renewal      | 2020       | occurred | ["Ecuador","Spain"]
// treaty_renewal      | 2020       | occurred | ["Morocco","Netherlands"]
// treaty_renewal      | 2021       | occurred | ["France","Senegal"]
// treaty_ratification | 2021-05    | occurred | ["China","Egypt"]
// treaty_extension    | 2021-05-20 | planned  | ["China","Russia"]
// treaty_extension    | 2021-06    | planned  | ["Russia","Vietnam"]
// treaty_extension    | 2022       | occurred | ["Austria","Czechia"]
// treaty_extension    | 2022       | occurred | ["Canada","Mexico"]
// treaty_signing      | 2022-05-03 | occurred | ["Brazil","Japan"]
// treaty_ratification | 2022-06    | occurred | ["Belgium","France"]
// treaty_signing      | 2022-07    | occurred | ["Germany","Uzbekistan"]
// treaty_extension    | 2023-03    | occurred | ["Colombia","Mexico"]
// (13 rows)
