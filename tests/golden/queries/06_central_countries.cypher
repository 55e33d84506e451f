// The ten most central countries by PageRank on the actor projection, with their degree.
CALL kg.centrality('pagerank') YIELD node, name, label, score
WHERE label = 'Country'
WITH node, name, score LIMIT 10
CALL kg.centrality('degree') YIELD node AS n, score AS degree
WHERE n = node
RETURN name, round(score * 10000) / 10000 AS pagerank, degree
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// name        | pagerank | degree
// ------------+----------+-------
// Netherlands |   0.0272 |      5
// Russia      |   0.0243 |      7
// Vietnam     |   0.0231 |      6
// China       |   0.0226 |      6
// Indonesia   |   0.0206 |      4
// Senegal     |   0.0205 |      5
// France      |   0.0202 |      5
// Mexico      |   0.0192 |      4
// Ecuador     |   0.0188 |      3
// Brazil      |   0.0172 |      4
// (10 rows)
