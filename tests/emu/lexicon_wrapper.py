"""Drive Debian's dns-lexicon (provider gandi, --api-protocol rest) against
gandi-emu. Run with /usr/bin/python3 (where Debian installs lexicon):

    lexicon_wrapper.py BASE_URL ACTION TYPE NAME [CONTENT]

The API key comes from the environment (LEXICON_GANDI_AUTH_TOKEN). The only
change to lexicon is the provider's api_endpoint, which lexicon hard-codes to
https://api.gandi.net/v5/livedns: it is pointed at BASE_URL/v5/livedns. The
result of the action is printed as JSON on stdout.
"""
import json
import os
import sys

from lexicon.client import Client
from lexicon.config import ConfigResolver


def main():
    base, action, rtype, name = sys.argv[1:5]
    content = sys.argv[5] if len(sys.argv) > 5 else None
    cfg = {"provider_name": "gandi", "action": action, "domain": "example.com",
           "type": rtype, "name": name,
           "gandi": {"auth_token": os.environ["LEXICON_GANDI_AUTH_TOKEN"],
                     "api_protocol": "rest"}}
    if content is not None:
        cfg["content"] = content
    if action == "create" and os.environ.get("LEXICON_TTL"):
        cfg["ttl"] = int(os.environ["LEXICON_TTL"])
    client = Client(ConfigResolver().with_dict(cfg))
    client.provider.api_endpoint = base + "/v5/livedns"
    print(json.dumps(client.execute()))


if __name__ == "__main__":
    main()
