# Snapshot ids, names and options are checked before any request.
emu
token all

$ gandi dns snapshot show example.com ../records
! gandi: '../records' is not a snapshot ID
! snapshot IDs look like 5a000000-0000-4000-8000-000000000001 (or their first characters); 'gandi dns snapshot list example.com' shows them
? 2

$ gandi dns snapshot restore example.com ../records
! gandi: '../records' is not a snapshot ID
! snapshot IDs look like 5a000000-0000-4000-8000-000000000001 (or their first characters); 'gandi dns snapshot list example.com' shows them
? 2

$ gandi dns snapshot delete example.com ../records
! gandi: '../records' is not a snapshot ID
! snapshot IDs look like 5a000000-0000-4000-8000-000000000001 (or their first characters); 'gandi dns snapshot list example.com' shows them
? 2

$ gandi dns snapshot create example.com xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
! gandi: a snapshot name must have 1 to 255 characters
? 2

$ gandi dns snapshot list example.com --automatic --manual
! gandi: --automatic and --manual cannot be used together
? 2
