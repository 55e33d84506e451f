// The ego network of Vladimir Putin: the actors within two steps (write it for Gephi with
// kgquery out/samples --graphml putin.graphml -f this-file).
CALL kg.ego('Vladimir Putin', 2)
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// node                    | name             | label   | distance
// ------------------------+------------------+---------+---------
// person/Q7747            | Vladimir Putin   | Person  |        0
// country/CHN             | China            | Country |        1
// person/nguyen-xuan-phuc | Nguyễn Xuân Phúc | Person  |        1
// country/RUS             | Russia           | Country |        1
// person/Q15031           | Xi Jinping       | Person  |        1
// person/do-quang-vinh    | Do Quang Vinh    | Person  |        2
// country/EGY             | Egypt            | Country |        2
// person/maria-zakharova  | Maria Zakharova  | Person  |        2
// person/Q58217           | Sergey Lavrov    | Person  |        2
// country/VNM             | Vietnam          | Country |        2
// person/Q701801          | Wang Yi          | Person  |        2
// (11 rows)
