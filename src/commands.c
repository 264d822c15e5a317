/*
 * The command table: every command gandi has, in the order help lists them.
 * Adding a command is one file in src/cmd/ and one line here.
 */
#include "cmd.h"

extern const struct cmd cmd_doctor;
extern const struct cmd cmd_config_path;
extern const struct cmd cmd_config_get;
extern const struct cmd cmd_config_set;
extern const struct cmd cmd_config_unset;
extern const struct cmd cmd_config_list;
extern const struct cmd cmd_help;

const struct cmd *const commands[] = {
	&cmd_doctor,
	&cmd_config_path,
	&cmd_config_get,
	&cmd_config_set,
	&cmd_config_unset,
	&cmd_config_list,
	&cmd_help,
	NULL,
};

const struct cmd_group cmd_groups[] = {
	{"config", "read and write gandi's configuration file"},
	{"domain", "your domains: list, details, renewal, autorenew, nameservers"},
	{"dns", "LiveDNS records of a domain"},
	{"redirect", "web redirections of a domain"},
	{NULL, NULL},
};
