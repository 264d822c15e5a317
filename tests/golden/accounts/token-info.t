# token info: name, masked token, scopes, entities, expiry; --json.
emu
token view

$ gandi token info
| name      view
| token     ****5ee5 (from GANDI_API_KEY)
| scopes    domain:view
| entities  alice (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200

$ gandi token info --json
| {
|   "pat_name": "view",
|   "pat_id": "70c00000-0000-4000-8000-000000000002",
|   "scope": [
|     "domain:view"
|   ],
|   "entities": [
|     {
|       "id": "a11ce000-0000-4000-8000-000000000001",
|       "type": "organization",
|       "name": "alice"
|     }
|   ],
|   "expires_in": %SECONDS(80d),
|   "user_id": "a11ce000-0000-4000-8000-0000000000a1",
|   "username": "alice"
| }
> GET /tokeninfo -> 200
