// Events reported in more than one article, and in which languages.
MATCH (e:Event)-[:mentionedIn]->(a:Article)
WITH e, collect(DISTINCT a.inLanguage) AS languages
WHERE size(languages) > 1
RETURN e.name AS event, e.numArticles AS articles, languages
ORDER BY articles DESC, event
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// event                                                                | articles | languages
// ---------------------------------------------------------------------+----------+---------------------------
// phone_call: Haruka Morita – Paulo Roberto Lacerda (2022-03)          |        5 | ["de","en","es","fr","nl"]
// trade_figure: Brazil – Japan 9800000000 USD (2021)                   |        5 | ["de","en","es","fr","nl"]
// treaty_signing: Brazil – Japan (2022-05-03)                          |        5 | ["de","en","es","fr","nl"]
// visit: Haruka Morita → Brazil, hosted by Jair Bolsonaro (2022-05-02) |        5 | ["de","en","es","fr","nl"]
// meeting: Jair Bolsonaro – Haruka Morita (2022-05-03)                 |        3 | ["de","en","fr"]
// (5 rows)
