# Solo lo que difiere de es-ES.

xtream-state-expired = Línea vencida
    .todo = Tu suscripción terminó: renuévala con tu proveedor. El panel funciona, así que no hay nada que arreglar en tu dispositivo.
xtream-expires = Vence: { $date } ({ $when })
xtream-expires-never = Vence: nunca (sin fecha de fin)
xtream-expires-unknown = Vence: el panel no lo indicó
xtream-state-banned = Línea bloqueada
    .todo = El proveedor bloqueó esta línea (a menudo por compartirla o usarla desde demasiadas direcciones IP). Comunícate con el proveedor: solo él puede levantar el bloqueo.
xtream-state-disabled = Línea desactivada
    .todo = El proveedor desactivó esta línea (falta de pago, pausa o revisión). Comunícate con el proveedor; reinstalar la aplicación no servirá.
