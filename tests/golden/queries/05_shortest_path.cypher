// The shortest chain of relations between two actors (through the events they share).
CALL kg.shortestPath('Sergey Lavrov', 'Xi Jinping')
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// step | node          | name          | label   | via                                 | viaType          | viaDate
// -----+---------------+---------------+---------+-------------------------------------+------------------+-----------
//    0 | person/Q58217 | Sergey Lavrov | Person  |                                     |                  |
//    1 | country/RUS   | Russia        | Country | event/visit/3a0415e68d4b            | visit            | 2021-11-15
//    2 | person/Q15031 | Xi Jinping    | Person  | event/treaty_extension/54c8cbc49a63 | treaty_extension | 2021-05-20
// (3 rows)
