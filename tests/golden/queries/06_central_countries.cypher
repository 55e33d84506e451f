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
// Russia      |   0.0258 |      7
// Vietnam     |   0.0239 |      6
// Netherlands |   0.0239 |      4
// China       |   0.0218 |      5
// Indonesia   |    0.021 |      4
// Senegal     |   0.0208 |      5
// France      |   0.0205 |      5
// Mexico      |   0.0194 |      4
// Ecuador     |   0.0191 |      3
// Brazil      |   0.0174 |      4
// (10 rows)
