# dns set with the values already there (in another order): "unchanged", no write.
emu
token all

$ gandi dns set example.com A api 192.0.2.21 192.0.2.20
! unchanged: set A api in example.com: 192.0.2.21, 192.0.2.20 (TTL 300)
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> }
