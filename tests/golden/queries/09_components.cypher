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
//        16 |    1 | ["Foreign ministry"]
//        17 |    1 | ["Gareth Lowe"]
//        18 |    1 | ["Instituto Geofísico"]
//        19 |    1 | ["Joost Hendriks"]
//        20 |    1 | ["Laos"]
//        21 |    1 | ["Malaysia"]
//        22 |    1 | ["Mali"]
//        23 |    1 | ["Nationale Bank"]
//        24 |    1 | ["Ontario"]
//        25 |    1 | ["Peter Claes"]
//        26 |    1 | ["Qatar"]
//        27 |    1 | ["Quebec"]
//        28 |    1 | ["Secretaría de Economía"]
//        29 |    1 | ["Sofie Wouters"]
//        30 |    1 | ["Soviet Union"]
//        31 |    1 | ["Syria"]
//        32 |    1 | ["Turkey"]
//        33 |    1 | ["Ukraine"]
//        34 |    1 | ["United States"]
//        35 |    1 | ["Zhao Lijian"]
// (36 rows)
