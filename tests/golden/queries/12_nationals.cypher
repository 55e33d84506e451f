// Countries whose nationals appear, with those persons (countries without any are left out).
MATCH (c:Country)
OPTIONAL MATCH (c)<-[:nationality]-(p:Person)
WITH c, collect(p.name) AS persons
WHERE size(persons) > 1
RETURN c.name AS country, size(persons) AS n, persons
ORDER BY n DESC, country
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// country     | n | persons
// ------------+---+---------------------------------------------------------------------
// Russia      | 4 | ["Sergey Lavrov","Vladimir Putin","Dmitry Peskov","Maria Zakharova"]
// Vietnam     | 4 | ["Do Quang Vinh","Gareth Lowe","Nguyễn Xuân Phúc","Pham Minh Khoa"]
// Netherlands | 3 | ["Mark Rutte","Anneke Verbeek","Wopke Hoekstra"]
// Belgium     | 2 | ["Alexander De Croo","Peter Claes"]
// Brazil      | 2 | ["Jair Bolsonaro","Paulo Roberto Lacerda"]
// China       | 2 | ["Xi Jinping","Wang Yi"]
// Ecuador     | 2 | ["Esteban Cordero","Guillermo Lasso"]
// Egypt       | 2 | ["Sameh Shoukry","Zhao Lijian"]
// Germany     | 2 | ["Olaf Scholz","Steffen Hebestreit"]
// Indonesia   | 2 | ["Bambang Setiawan","Claire Whitfield"]
// Mexico      | 2 | ["Marcelo Ebrard","Andrés Manuel López Obrador"]
// Morocco     | 2 | ["Joost Hendriks","Nasser Bourita"]
// Senegal     | 2 | ["Macky Sall","Ousmane Ndiaye"]
// Spain       | 2 | ["Felipe VI","Pedro Sánchez"]
// (14 rows)
