/*
 * The guide 'gandi help acme' prints after the acme commands: one recipe per
 * ACME client. README.md's "ACME and dynamic DNS" says the same, and the
 * tests run those recipes.
 */
#include "acme/guide.h"

const char acme_guide[] =
	"Each hook adds or removes only its own TXT value at _acme-challenge.DOMAIN\n"
	"(PATCH, TTL 300; the RRset goes with its last value), finds the zone among the\n"
	"token's LiveDNS domains, waits until every nameserver of the zone serves the\n"
	"values (as 'gandi dns wait' does; at most the setting wait_timeout, 120 s), and\n"
	"prints nothing on success, one line on failure. The token comes from\n"
	"GANDI_API_KEY or the config file, as for any gandi command.\n"
	"\n"
	"certbot:\n"
	"  certbot certonly --manual --preferred-challenges dns \\\n"
	"    --manual-auth-hook 'gandi acme certbot-auth' \\\n"
	"    --manual-cleanup-hook 'gandi acme certbot-cleanup' \\\n"
	"    -d example.com -d '*.example.com'\n"
	"\n"
	"dehydrated, in its config file:\n"
	"  CHALLENGETYPE=dns-01\n"
	"  HOOK=/usr/libexec/gandi/acme-dehydrated\n"
	"  HOOK_CHAIN=yes\n"
	"\n"
	"lego (its exec provider):\n"
	"  EXEC_PATH=/usr/libexec/gandi/acme-lego lego --email you@example.com \\\n"
	"    --dns exec --domains example.com --domains '*.example.com' run\n"
	"\n"
	"acme.sh:\n"
	"  ln -s /usr/share/gandi/dns_gandi_cli.sh ~/.acme.sh/dnsapi/\n"
	"  acme.sh --issue --dns dns_gandi_cli -d example.com -d '*.example.com'\n"
	"\n"
	"The paths are the Debian package's; make install puts the hooks in\n"
	"PREFIX/libexec/gandi and the acme.sh shim in PREFIX/share/gandi (PREFIX\n"
	"/usr/local by default).\n";
