// The persons taking part in the most events, with the kinds of events.
MATCH (p:Person)<--(e:Event)
WITH p, count(DISTINCT e) AS events, collect(DISTINCT e.eventType) AS types
WHERE events >= 3
RETURN p.name AS person, events, types
ORDER BY events DESC, person
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// person                | events | types
// ----------------------+--------+----------------------------------------------------
// Haruka Morita         |      6 | ["meeting","phone_call","treaty_signing","visit"]
// Claire Whitfield      |      5 | ["meeting","phone_call","visit"]
// Emmanuel Macron       |      5 | ["meeting","phone_call","visit"]
// Macky Sall            |      5 | ["meeting","phone_call","treaty_renewal","visit"]
// Marcelo Ebrard        |      5 | ["meeting","phone_call","treaty_extension","visit"]
// Nguyễn Xuân Phúc      |      5 | ["meeting","phone_call","visit"]
// Vladimir Putin        |      5 | ["meeting","phone_call","treaty_extension"]
// Paulo Roberto Lacerda |      4 | ["meeting","phone_call","treaty_signing"]
// Xi Jinping            |      4 | ["phone_call","treaty_extension","visit"]
// Guillermo Lasso       |      3 | ["phone_call","visit"]
// Jan Lipavský          |      3 | ["phone_call","visit"]
// Mélanie Joly          |      3 | ["meeting","phone_call","visit"]
// Olaf Scholz           |      3 | ["meeting","phone_call","visit"]
// S. Jaishankar         |      3 | ["meeting","phone_call","visit"]
// Shavkat Mirziyoyev    |      3 | ["meeting","phone_call","visit"]
// Wang Yi               |      3 | ["phone_call","visit"]
// (16 rows)
