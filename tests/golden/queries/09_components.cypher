// The connected groups of actors and their size.
CALL kg.components() YIELD component, size, name
RETURN component, size, collect(name) AS actors
ORDER BY component
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// component | size | actors
// ----------+------+------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
//         0 |   18 | ["Australia","Bambang Setiawan","China","Claire Whitfield","Do Quang Vinh","Egypt","Indonesia","Maria Zakharova","Nguyễn Xuân Phúc","Pham Minh Khoa","Russia","Sameh Shoukry","Sergey Lavrov","Thailand","Vietnam","Vladimir Putin","Wang Yi","Xi Jinping"]
//         1 |    9 | ["Algeria","Anneke Verbeek","India","Mark Rutte","Morocco","Nasser Bourita","Netherlands","S. Jaishankar","Wopke Hoekstra"]
//         2 |    7 | ["Alexander De Croo","Belgium","Emmanuel Macron","France","Macky Sall","Ousmane Ndiaye","Senegal"]
//         3 |    5 | ["Brazil","Haruka Morita","Jair Bolsonaro","Japan","Paulo Roberto Lacerda"]
//         4 |    5 | ["Canada","Colombia","Marcelo Ebrard","Mexico","Mélanie Joly"]
//         5 |    5 | ["Ecuador","Guillermo Lasso","Pedro Sánchez","Portugal","Spain"]
//         6 |    5 | ["Germany","Olaf Scholz","Shavkat Mirziyoyev","Steffen Hebestreit","Uzbekistan"]
//         7 |    4 | ["Alexander Schallenberg","Austria","Czechia","Jan Lipavský"]
//         8 |    2 | ["Andrés Manuel López Obrador","Gustavo Petro"]
//         9 |    1 | ["Afghanistan"]
//        10 |    1 | ["Bavaria"]
//        11 |    1 | ["Dmitry Peskov"]
//        12 |    1 | ["Esteban Cordero"]
//        13 |    1 | ["Eurasian Economic Union"]
//        14 |    1 | ["European Union"]
//        15 |    1 | ["Felipe VI"]
//        16 |    1 | ["Gareth Lowe"]
//        17 |    1 | ["Joost Hendriks"]
//        18 |    1 | ["Laos"]
//        19 |    1 | ["Malaysia"]
//        20 |    1 | ["Mali"]
//        21 |    1 | ["Ontario"]
//        22 |    1 | ["Peter Claes"]
//        23 |    1 | ["Qatar"]
//        24 |    1 | ["Quebec"]
//        25 |    1 | ["Sofie Wouters"]
//        26 |    1 | ["Soviet Union"]
//        27 |    1 | ["Syria"]
//        28 |    1 | ["Turkey"]
//        29 |    1 | ["Ukraine"]
//        30 |    1 | ["United States"]
//        31 |    1 | ["Zhao Lijian"]
// (32 rows)
