# A reader that stops after the first line: gandi ends with exit 0 and no message.
emu
token all

$ bash -c '%GANDI dns list example.com | head -1; echo "status ${PIPESTATUS[0]}"'
| NAME         TYPE   TTL    VALUE
| status 0
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> }
