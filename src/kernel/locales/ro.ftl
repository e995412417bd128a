# Mesajele nucleului: le afișează fiecare bot.
error-generic = Ne pare rău, ceva nu a mers bine la noi. Vă rugăm să încercați din nou. Codul erorii: <code>{ $errorId }</code>
error-backend-timeout = { $backend } nu a răspuns la timp. Încercați din nou peste puțin timp. Codul erorii: <code>{ $errorId }</code>
error-backend-unavailable = { $backend } nu este disponibil acum. Încercați mai târziu. Codul erorii: <code>{ $errorId }</code>
error-backend-unauthorized = { $backend } nu a acceptat datele de autentificare. Codul erorii: <code>{ $errorId }</code>
error-backend-forbidden = { $backend } nu permite acest lucru contului dumneavoastră. Codul erorii: <code>{ $errorId }</code>
error-backend-not_found = { $backend } nu a găsit ce ați cerut. Codul erorii: <code>{ $errorId }</code>
error-backend-bad_request = { $backend } a respins cererea ca nevalidă. Codul erorii: <code>{ $errorId }</code>
error-backend-bad_response = { $backend } a trimis un răspuns pe care nu l-am putut citi. Codul erorii: <code>{ $errorId }</code>
error-backend-rate_limited = { $backend } este ocupat. Încercați din nou peste { $seconds } s. Codul erorii: <code>{ $errorId }</code>
callback-stale = Acest buton este expirat. Trimiteți comanda din nou.
callback-invalid = Acest buton nu este valid.
rate-limited = Trimiteți prea repede. Încercați din nou peste { $seconds } s.
login-rate-limited = Prea multe încercări. Încercați din nou peste { $seconds } s.
rbac-denied = Nu aveți permisiunea pentru această acțiune.
unknown-command = Nu cunosc această comandă. Trimiteți /help pentru a vedea ce pot face.
unknown-message = Nu mă așteptam la un mesaj aici. Trimiteți /help pentru a vedea ce pot face.
