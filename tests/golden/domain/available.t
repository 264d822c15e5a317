# domain available: a free name with its price; a taken one.
emu
token all

$ gandi domain available brand-new-name.com
| DOMAIN              STATUS     PRICE      PERIOD
| brand-new-name.com  available  18.60 EUR  1 y
> {
> GET /tokeninfo -> 200
> GET /v5/domain/check?name=brand-new-name.com -> 200
> }

$ gandi domain available example.com --json
| {
|   "currency": "EUR",
|   "grid": "A",
|   "products": [
|     {
|       "status": "unavailable",
|       "name": "example.com",
|       "process": "create",
|       "taxes": [
|         {
|           "type": "service",
|           "rate": 20,
|           "name": "vat"
|         }
|       ]
|     }
|   ],
|   "taxes": [
|     {
|       "type": "service",
|       "rate": 20,
|       "name": "vat"
|     }
|   ]
| }
> GET /v5/domain/check?name=example.com -> 200
