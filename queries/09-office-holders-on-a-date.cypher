// Question: Who held office in a country on a given day?
// Parameters:
//   $code  String  ISO alpha-2 code, e.g. 'US'
//   $on    Date    the day, a date or 'YYYY-MM-DD'
// Terms run from `since` to the day before `until` (the successor's first day). Titles an
// article gave without dates (source 'article') are left out: they say nothing about a day.
// Example (code: 'US', on: '2022-03-01'):
//   name            | title              | role
//   Antony Blinken  | Secretary of State | foreign_minister
//   Joe Biden       | President          | head_of_state
//   Kamala Harris   | Vice President     | other
MATCH (a:Actor)-[h:HOLDS_OFFICE]->(:Country {code: $code})
WHERE coalesce(h.source, '') <> 'article'
  AND (h.since IS NULL OR h.since <= date($on))
  AND (h.until IS NULL OR h.until > date($on))
RETURN a.name AS name, h.title AS title, h.role AS role
ORDER BY name;
