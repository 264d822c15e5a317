# The certbot hooks refuse to run outside certbot, and refuse what is not a DNS-01
# value (an HTTP-01 challenge, DNS-PERSIST-01's issuer string), in one line on stderr and
# before any request. A name no zone of the token holds fails in one line too.
emu --dns 127.0.0.1:0
token all
env GANDI_NAMESERVERS=%DNS

$ gandi acme certbot-auth
! gandi: CERTBOT_DOMAIN and CERTBOT_VALIDATION are not set: this is certbot's --manual-auth-hook (hint: certbot certonly --manual --preferred-challenges dns --manual-auth-hook 'gandi acme certbot-auth' --manual-cleanup-hook 'gandi acme certbot-cleanup' -d DOMAIN)
? 2

$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U CERTBOT_TOKEN=abc gandi acme certbot-auth
! gandi: certbot gave an HTTP-01 challenge (CERTBOT_TOKEN is set): gandi acme certbot-auth answers dns-01 challenges only (hint: run certbot with --preferred-challenges dns)
? 2

$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=letsencrypt.org gandi acme certbot-auth
! gandi: CERTBOT_VALIDATION 'letsencrypt.org' is not a DNS-01 value: gandi acme certbot-auth answers dns-01 challenges only (hint: run certbot with --preferred-challenges dns)
? 2

$ CERTBOT_DOMAIN=www.example.org CERTBOT_VALIDATION=Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U gandi acme certbot-auth
! gandi: no LiveDNS zone of this token holds '_acme-challenge.www.example.org' (hint: asked Gandi for www.example.org, example.org; 'gandi domain list' shows the domains the token covers)
? 5
> {
> GET /v5/livedns/domains/example.org -> 404
> GET /v5/livedns/domains/www.example.org -> 404
> }

$ CERTBOT_DOMAIN=example.com gandi acme certbot-cleanup
! gandi: CERTBOT_DOMAIN and CERTBOT_VALIDATION are not set: this is certbot's --manual-cleanup-hook
? 2

token none
$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U gandi acme certbot-auth
! gandi: not authenticated: 'gandi acme certbot-auth' needs a Gandi Personal Access Token, and none was found (not in the environment, systemd credentials, or %HOME/.config/gandi/config.toml) (run 'gandi doctor' for the steps)
? 3
