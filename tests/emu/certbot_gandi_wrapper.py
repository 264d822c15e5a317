"""Drive Debian's python3-certbot-dns-gandi (1.4.3) API module,
certbot_plugin_gandi.gandi_api, against gandi-emu. Run with /usr/bin/python3
(where Debian installs it):

    certbot_gandi_wrapper.py BASE_URL add|del DOMAIN NAME VALUE

The key comes from the environment (CERTBOT_GANDI_API_KEY). The only change
to the plugin is its endpoint: gandi_api._get_url, which joins its path
segments under the hard-coded https://api.gandi.net/v5/livedns/, joins them
under BASE_URL/v5/livedns/ instead. The result of add_txt_record or
del_txt_record (null on success, else the plugin's message) is printed as
JSON on stdout.
"""
import json
import os
import sys

from certbot_plugin_gandi import gandi_api


def main():
    base, action, domain, name, value = sys.argv[1:6]
    prefix = base + "/v5/livedns/"
    gandi_api._get_url = lambda *segs: prefix + "/".join(segs)
    cfg = gandi_api.get_config(api_key=os.environ["CERTBOT_GANDI_API_KEY"], sharing_id=None)
    step = {"add": gandi_api.add_txt_record, "del": gandi_api.del_txt_record}[action]
    print(json.dumps(step(cfg, domain, name, value)))


if __name__ == "__main__":
    main()
