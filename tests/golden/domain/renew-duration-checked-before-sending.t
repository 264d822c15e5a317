# Durations outside 1 to 9 years are refused before anything is sent.
emu
token all

$ gandi domain renew example.com --duration 0 --yes
! gandi: --duration must be a number of years from 1 to 9, not '0'
? 2

$ gandi domain renew example.com --duration 10 --yes
! gandi: --duration must be a number of years from 1 to 9, not '10'
? 2

$ gandi domain renew example.com --duration two --yes
! gandi: --duration must be a number of years from 1 to 9, not 'two'
? 2
