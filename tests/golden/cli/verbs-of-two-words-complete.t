# bash completion knows the commands of two words and the options of each.
$ gandi completion bash >c.bash

$ bash -c 'source ./c.bash; COMP_WORDS=(gandi dns snapshot ""); COMP_CWORD=3; _gandi; echo "${COMPREPLY[*]}"'
| list create show restore delete

$ bash -c 'source ./c.bash; COMP_WORDS=(gandi dns snap); COMP_CWORD=2; _gandi; echo "${COMPREPLY[*]}"'
| snapshot

$ bash -c 'source ./c.bash; COMP_WORDS=(gandi dns snapshot restore example.com --); COMP_CWORD=5; _gandi; echo "${COMPREPLY[*]}"'
| --json --quiet --verbose --plain --no-header --columns --jq --no-color --api-url --sandbox --id-url --sharing-id --config --profile --timeout --deadline --retries --cacert --help --version --dry-run --yes --fqdn

$ bash -c 'source ./c.bash; COMP_WORDS=(gandi dns sync example.com z.txt --); COMP_CWORD=5; _gandi; echo "${COMPREPLY[*]}"'
| --json --quiet --verbose --plain --no-header --columns --jq --no-color --api-url --sandbox --id-url --sharing-id --config --profile --timeout --deadline --retries --cacert --help --version --dry-run --yes --no-delete --exit-code --skip-unsupported --fqdn
