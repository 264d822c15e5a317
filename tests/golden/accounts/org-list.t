# org list: the organizations a token sees (a legacy key sees both); a token without
# organization:view is exit 4 naming that permission.
emu
token all

$ gandi org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
> {
> GET /tokeninfo -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

token legacy
$ gandi org list --json
| [
|   {
|     "id": "a11ce000-0000-4000-8000-000000000001",
|     "name": "alice",
|     "type": "individual",
|     "corporate": false,
|     "firstname": "Alice",
|     "lastname": "Example",
|     "email": "alice@example.org",
|     "orgname": null,
|     "vat_number": null,
|     "streetaddr": "1 rue de l'Exemple",
|     "zip": "75001",
|     "city": "Paris",
|     "country": "FR",
|     "phone": "+33.100000000",
|     "reseller": false
|   },
|   {
|     "id": "c0c00000-0000-4000-8000-000000000002",
|     "name": "example-corp",
|     "type": "company",
|     "corporate": true,
|     "firstname": "Bob",
|     "lastname": "Example",
|     "email": "dns@example-corp.com",
|     "orgname": "Example Corp",
|     "vat_number": "FR00000000000",
|     "streetaddr": "2 avenue de l'Exemple",
|     "zip": "69001",
|     "city": "Lyon",
|     "country": "FR",
|     "phone": "+33.400000000",
|     "reseller": false
|   }
| ]
> GET /v5/organization/organizations?per_page=100&page=1 -> 200

token no-org
$ gandi org list
! Permission denied
!
! Gandi accepted the token ****0f0f from the variable GANDI_API_KEY,
! but it does not allow 'gandi org list' (HTTP 403).
! Gandi said: Access was denied to this resource.
!
! The token lacks the permission:
!   View organization (organization:view)
!
! To fix it: at https://admin.gandi.net, Account > Personal Access Tokens, edit the token
! or create one that has it, give it to gandi (gandi auth login),
! then check with 'gandi doctor'.
? 4
> GET /v5/organization/organizations?per_page=100&page=1 -> 403
