# When the time runs out, dns wait exits 7 and names each server that lags, the
# address that answered and what it serves, with a dig command to look.
emu --dns 127.0.0.1:0
token all

$ gandi dns wait example.com A api 192.0.2.99 --nameserver %DNS --nameserver localhost:%DNSPORT --timeout 0.6 --interval 0.2
! gandi: timed out after 0.6 s: 2 of 2 nameservers do not serve 192.0.2.99 in the A record api in example.com
!   %DNS: serves 192.0.2.20, 192.0.2.21
!   localhost:%DNSPORT (%DNS): serves 192.0.2.20, 192.0.2.21
! hint: LiveDNS usually serves a change within seconds; allow more time with --timeout SECONDS, or look with: dig @127.0.0.1 -p %DNSPORT +norec api.example.com A
? 7

$ gandi dns wait example.com TXT _acme-challenge abc --nameserver %DNS --timeout 0.3
! gandi: timed out after 0.3 s: 1 of 1 nameserver does not serve abc in the TXT record _acme-challenge in example.com
!   %DNS: answers NXDOMAIN (no such name)
! hint: LiveDNS usually serves a change within seconds; allow more time with --timeout SECONDS, or look with: dig @127.0.0.1 -p %DNSPORT +norec _acme-challenge.example.com TXT
? 7

$ gandi dns wait example.com A api --absent --nameserver %DNS --timeout 0.3 --json
! {"error":"timed out after 0.3 s: 1 of 1 nameserver still serves the A record api in example.com","kind":"wait_timeout","exit_code":7,"detail":"  %DNS: serves 192.0.2.20, 192.0.2.21\nhint: LiveDNS usually serves a change within seconds; allow more time with --timeout SECONDS, or look with: dig @127.0.0.1 -p %DNSPORT +norec api.example.com A\n","lagging":[{"nameserver":"%DNS","address":"%DNS","type":"A","name":"api.example.com","state":"serves 192.0.2.20, 192.0.2.21","values":["192.0.2.20","192.0.2.21"]}]}
? 7

$ gandi dns wait example.com A api 192.0.2.99 --nameserver 127.0.0.1:1 --timeout 0.5
! gandi: timed out after 0.5 s: 1 of 1 nameserver does not serve 192.0.2.99 in the A record api in example.com
!   127.0.0.1:1: no reply (port unreachable)
! hint: LiveDNS usually serves a change within seconds; allow more time with --timeout SECONDS, or look with: dig @127.0.0.1 -p 1 +norec api.example.com A
? 7
