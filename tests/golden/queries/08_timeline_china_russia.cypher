// The China–Russia dyad over time: every event with China (or a Chinese national) on one side and
// Russia (or a Russian) on the other.
CALL kg.timeline('CHN', 'RUS') YIELD startDate, eventType, status, a, b, count, value, currency
RETURN *
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// startDate  | eventType        | status   | a                 | b                      | count |          value | currency
// -----------+------------------+----------+-------------------+------------------------+-------+----------------+---------
// 2019-06    | visit            | occurred | China, Xi Jinping | Russia                 |       |                |
// 2020       | phone_call       | occurred | Xi Jinping        | Vladimir Putin         |     4 |                |
// 2020       | trade_figure     | occurred | China             | Russia                 |       | 108000000000.0 | USD
// 2021-05-20 | phone_call       | occurred | Xi Jinping        | Vladimir Putin         |       |                |
// 2021-05-20 | treaty_extension | planned  | China, Xi Jinping | Russia, Vladimir Putin |       |                |
// (5 rows)
