/*
 * The command table: every command gandi has, in the order help lists them.
 * Adding a command is one file in src/cmd/ and one line here.
 */
#include "acme/guide.h"
#include "cmd.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"

extern const struct cmd cmd_doctor;
extern const struct cmd cmd_browse;
extern const struct cmd cmd_config_path;
extern const struct cmd cmd_config_get;
extern const struct cmd cmd_config_set;
extern const struct cmd cmd_config_unset;
extern const struct cmd cmd_config_list;
extern const struct cmd cmd_help;
extern const struct cmd cmd_org_list;
extern const struct cmd cmd_token_info;
extern const struct cmd cmd_token_renew;
extern const struct cmd cmd_auth_login;
extern const struct cmd cmd_auth_status;
extern const struct cmd cmd_auth_logout;
extern const struct cmd cmd_auth_token;
extern const struct cmd cmd_profile_list;
extern const struct cmd cmd_profile_show;
extern const struct cmd cmd_profile_use;
extern const struct cmd cmd_completion;
extern const struct cmd cmd_manpage;
extern const struct cmd cmd_version;
extern const struct cmd cmd_complete_words;
extern const struct cmd cmd_acme_certbot_auth;
extern const struct cmd cmd_acme_certbot_cleanup;
extern const struct cmd cmd_acme_dehydrated;
extern const struct cmd cmd_acme_lego;
extern const struct cmd cmd_acme_add;
extern const struct cmd cmd_acme_remove;
extern const struct cmd cmd_ddns;
extern const struct cmd cmd_redirect_list;
extern const struct cmd cmd_redirect_add;
extern const struct cmd cmd_redirect_update;
extern const struct cmd cmd_redirect_delete;
extern const struct cmd cmd_domain_list;
extern const struct cmd cmd_domain_info;
extern const struct cmd cmd_domain_renew;
extern const struct cmd cmd_domain_autorenew;
extern const struct cmd cmd_domain_nameservers;
extern const struct cmd cmd_domain_available;
extern const struct cmd cmd_domain_lock;
extern const struct cmd cmd_domain_unlock;
extern const struct cmd cmd_domain_authinfo;
extern const struct cmd cmd_domain_hosts_list;
extern const struct cmd cmd_domain_hosts_add;
extern const struct cmd cmd_domain_hosts_set;
extern const struct cmd cmd_domain_hosts_delete;
extern const struct cmd cmd_domain_dnskeys_list;
extern const struct cmd cmd_domain_dnskeys_add;
extern const struct cmd cmd_domain_dnskeys_delete;
extern const struct cmd cmd_dns_list;
extern const struct cmd cmd_dns_get;
extern const struct cmd cmd_dns_set;
extern const struct cmd cmd_dns_add;
extern const struct cmd cmd_dns_remove;
extern const struct cmd cmd_dns_delete;
extern const struct cmd cmd_dns_wait;
extern const struct cmd cmd_dns_export;
extern const struct cmd cmd_dns_sync;
extern const struct cmd cmd_dns_import;
extern const struct cmd cmd_dns_snapshot_list;
extern const struct cmd cmd_dns_snapshot_create;
extern const struct cmd cmd_dns_snapshot_show;
extern const struct cmd cmd_dns_snapshot_restore;
extern const struct cmd cmd_dns_snapshot_delete;
extern const struct cmd cmd_dns_settings;
extern const struct cmd cmd_dns_dnssec_status;
extern const struct cmd cmd_dns_dnssec_enable;
extern const struct cmd cmd_dns_dnssec_disable;
extern const struct cmd cmd_dns_keys_list;
extern const struct cmd cmd_dns_keys_show;
extern const struct cmd cmd_dns_keys_add;
extern const struct cmd cmd_dns_keys_delete;
extern const struct cmd cmd_dns_keys_restore;
extern const struct cmd cmd_dns_axfr_tsig_list;
extern const struct cmd cmd_dns_axfr_tsig_add;
extern const struct cmd cmd_dns_axfr_tsig_show;
extern const struct cmd cmd_dns_axfr_tsig_delete;
extern const struct cmd cmd_dns_axfr_secondaries_list;
extern const struct cmd cmd_dns_axfr_secondaries_add;
extern const struct cmd cmd_dns_axfr_secondaries_delete;

const struct cmd *const commands[] = {
	&cmd_browse,
	&cmd_doctor,
	&cmd_domain_list,
	&cmd_domain_info,
	&cmd_domain_renew,
	&cmd_domain_autorenew,
	&cmd_domain_nameservers,
	&cmd_domain_available,
	&cmd_domain_lock,
	&cmd_domain_unlock,
	&cmd_domain_authinfo,
	&cmd_domain_hosts_list,
	&cmd_domain_hosts_add,
	&cmd_domain_hosts_set,
	&cmd_domain_hosts_delete,
	&cmd_domain_dnskeys_list,
	&cmd_domain_dnskeys_add,
	&cmd_domain_dnskeys_delete,
	&cmd_dns_list,
	&cmd_dns_get,
	&cmd_dns_set,
	&cmd_dns_add,
	&cmd_dns_remove,
	&cmd_dns_delete,
	&cmd_dns_wait,
	&cmd_dns_export,
	&cmd_dns_sync,
	&cmd_dns_import,
	&cmd_dns_snapshot_list,
	&cmd_dns_snapshot_create,
	&cmd_dns_snapshot_show,
	&cmd_dns_snapshot_restore,
	&cmd_dns_snapshot_delete,
	&cmd_dns_settings,
	&cmd_dns_dnssec_status,
	&cmd_dns_dnssec_enable,
	&cmd_dns_dnssec_disable,
	&cmd_dns_keys_list,
	&cmd_dns_keys_show,
	&cmd_dns_keys_add,
	&cmd_dns_keys_delete,
	&cmd_dns_keys_restore,
	&cmd_dns_axfr_tsig_list,
	&cmd_dns_axfr_tsig_add,
	&cmd_dns_axfr_tsig_show,
	&cmd_dns_axfr_tsig_delete,
	&cmd_dns_axfr_secondaries_list,
	&cmd_dns_axfr_secondaries_add,
	&cmd_dns_axfr_secondaries_delete,
	&cmd_ddns,
	&cmd_acme_certbot_auth,
	&cmd_acme_certbot_cleanup,
	&cmd_acme_dehydrated,
	&cmd_acme_lego,
	&cmd_acme_add,
	&cmd_acme_remove,
	&cmd_redirect_list,
	&cmd_redirect_add,
	&cmd_redirect_update,
	&cmd_redirect_delete,
	&cmd_org_list,
	&cmd_token_info,
	&cmd_token_renew,
	&cmd_auth_login,
	&cmd_auth_status,
	&cmd_auth_logout,
	&cmd_auth_token,
	&cmd_profile_list,
	&cmd_profile_show,
	&cmd_profile_use,
	&cmd_config_path,
	&cmd_config_get,
	&cmd_config_set,
	&cmd_config_unset,
	&cmd_config_list,
	&cmd_help,
	&cmd_version,
	&cmd_completion,
	&cmd_manpage,
	&cmd_complete_words,
	NULL,
};

const struct cmd_group cmd_groups[] = {
	{"config", "read and write gandi's configuration file", NULL},
	{"domain", "your domains: list, details, renewal, autorenew, nameservers, transfer lock "
		   "and code, glue records, DNSSEC keys at the registry", NULL},
	{"dns", "LiveDNS records of a domain, zone files, snapshots, settings, DNSSEC and zone "
	"transfers", NULL},
	{"acme", "ACME DNS-01 hooks for certbot, dehydrated, lego and acme.sh", acme_guide},
	{"redirect", "web redirections of a domain", NULL},
	{"org", "the organizations the token can see", NULL},
	{"token", "the token: what Gandi says of it, and its renewal", NULL},
	{"auth", "log in and out: save a checked token, see where it comes from", NULL},
	{"profile", "the profiles of the config file: list, show, choose the default", NULL},
	{NULL, NULL, NULL},
};

/* Whether c, of the noun's commands, needs scope. */
static bool needs(const struct cmd *c, const char *scope)
{
	return c->scope && strcmp(c->scope, scope) == 0;
}

void cmd_scope_users(const char *scope,
		     void (*item)(void *arg, const char *name, bool whole, const char *but),
		     void *arg)
{
	for (size_t i = 0; commands[i]; i++) {
		const struct cmd *c = commands[i];
		if (c->scope2 && strcmp(c->scope2, scope) == 0 && !(c->flags & CMD_HIDDEN)) {
			/* "domain nameservers --set", "domain renew (to read ...)" */
			char name[160];
			bool flag = strncmp(c->scope2_for, "for ", 4) == 0;
			snprintf(name, sizeof(name), "%s%s%s%s", cmd_name(c), flag ? " " : " (",
				 flag ? c->scope2_for + 4 : c->scope2_for, flag ? "" : ")");
			item(arg, name, false, NULL);
			continue;
		}
		if (!needs(c, scope) || (c->flags & CMD_HIDDEN))
			continue;
		size_t in = 0, out = 0;
		bool seen = false;
		struct buf but = {0};
		for (size_t j = 0; commands[j]; j++) {
			const struct cmd *o = commands[j];
			if (strcmp(o->noun, c->noun) != 0 || (o->flags & CMD_HIDDEN))
				continue;
			if (needs(o, scope)) {
				in++;
			} else {
				out++;
				buf_printf(&but, "%s%s", but.len ? ", " : "", cmd_name(o));
			}
		}
		/* a noun (not a one-word command) all of whose commands, or all but one or
		 * two of many, need it is named once, at its first command */
		bool whole = c->verb != NULL && (out == 0 || (out <= 2 && in >= 8 * out));
		for (size_t j = 0; whole && j < i && !seen; j++)
			seen = strcmp(commands[j]->noun, c->noun) == 0 && needs(commands[j], scope);
		if (!seen)
			item(arg, whole ? c->noun : cmd_name(c), whole,
			     whole && out ? buf_str(&but) : NULL);
		buf_free(&but);
	}
}
