// Question: Which calls might be the same contact recorded twice?
// Parameters:
//   $days  Integer  how many days apart two calls of the same participants may be to be suspect
// Calls merge when their participants and day are equal, and an undated call merges into the
// dated call of the same participants from up to 2 days before its report's publication
// (SAME_CONTACT_DAYS, docs/graph-model.md "One contact, one Call across sources"). What stays
// apart: two reports that date one call differently, an undated report further from the dated
// call, two undated reports, or two reports written at the same moment. This lists pairs with the
// same participants whose days (for an undated call, the first day it was reported) lie within
// $days of each other, for a person to judge.
// Example (days: 7):
//   participants                            | one         | other       | daysApart
//   ['joe-biden', 'volodymyr-zelenskyy']    | 2022-02-24  | 2022-03-01  | 5
MATCH (c:Call)
WITH c, COLLECT { MATCH (a:Actor)-[:TOOK_PART_IN]->(c) RETURN a.id ORDER BY a.id } AS participants,
     coalesce(c.date, COLLECT { MATCH (art:Article)-[:REPORTS]->(c) RETURN art.publishedOn ORDER BY art.publishedOn LIMIT 1 }[0]) AS day
WITH participants, collect({id: c.id, day: day, dated: c.date IS NOT NULL}) AS calls
WHERE size(calls) > 1
UNWIND calls AS one
UNWIND calls AS other
WITH participants, one, other
WHERE one.id < other.id AND one.day IS NOT NULL AND other.day IS NOT NULL
  AND abs(duration.inDays(one.day, other.day).days) <= toInteger($days)
WITH participants,
     CASE WHEN one.day <= other.day THEN one ELSE other END AS first,
     CASE WHEN one.day <= other.day THEN other ELSE one END AS second
RETURN participants, first.day AS one, second.day AS other, first.dated AND second.dated AS bothDated,
       duration.inDays(first.day, second.day).days AS daysApart, first.id AS oneId, second.id AS otherId
ORDER BY daysApart, one;
