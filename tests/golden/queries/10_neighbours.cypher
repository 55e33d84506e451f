// The actors within two hops of Egypt, nearest first.
CALL kg.neighbours('Egypt', 2) YIELD name, label, distance
RETURN distance, label, name
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// distance | label   | name
// ---------+---------+---------------
//        1 | Country | China
//        1 | Person  | Wang Yi
//        2 | Country | Russia
//        2 | Person  | Sameh Shoukry
//        2 | Person  | Vladimir Putin
//        2 | Person  | Xi Jinping
// (6 rows)
