// How many events of each type, and in which states.
MATCH (e:Event)
RETURN e.eventType AS type, count(*) AS events, collect(DISTINCT e.status) AS statuses
ORDER BY events DESC, type
// ---- expected (regenerate with KG_UPDATE_GOLDEN=1) ----
// type                | events | statuses
// --------------------+--------+-------------------------------------------------
// visit               |     21 | ["announced","cancelled","occurred","under_way"]
// trade_figure        |     20 | ["occurred"]
// phone_call          |     18 | ["occurred"]
// meeting             |     11 | ["announced","occurred"]
// treaty_extension    |      6 | ["planned","occurred"]
// treaty_renewal      |      3 | ["occurred"]
// treaty_ratification |      2 | ["occurred"]
// treaty_signing      |      2 | ["occurred"]
// (8 rows)
