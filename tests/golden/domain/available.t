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

# prices as Gandi writes them (18.6), not with a double's noise (18.600000000000001),
# in gandi-emu's body (--jq reads it) and in gandi's own printing (--json)
$ gandi domain available brand-new-name.com --jq .products[0].prices[0].price_after_taxes
| 18.6
> GET /v5/domain/check?name=brand-new-name.com -> 200

$ gandi domain available brand-new-name.com --json
| {
|   "currency": "EUR",
|   "grid": "A",
|   "products": [
|     {
|       "status": "available",
|       "name": "brand-new-name.com",
|       "process": "create",
|       "taxes": [
|         {
|           "type": "service",
|           "rate": 20,
|           "name": "vat"
|         }
|       ],
|       "prices": [
|         {
|           "max_duration": 10,
|           "duration_unit": "y",
|           "min_duration": 1,
|           "discount": false,
|           "price_after_taxes": 18.6,
|           "price_before_taxes": 15.5
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
> GET /v5/domain/check?name=brand-new-name.com -> 200
