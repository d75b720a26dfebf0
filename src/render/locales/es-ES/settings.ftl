settings-kept = { $custom ->
    [yes] { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
   *[no] { $days ->
        [one] { $days } día
       *[other] { $days } días
    } (el valor predeterminado)
}
settings-learning-on = **Aprendizaje: activado.** Los errores sin respuesta de { $explain }, «Explicar este error» y la explicación automática se guardan { $kept } (normalizados: sin autores, secretos, hosts ni números) para { $gaps }, junto con lo que se respondió y los votos Útil / No útil para { $stats }. `{ $settings } { $learning }:False` o el botón lo desactiva.
settings-learning-off = **Aprendizaje: desactivado.** No se registra nada (los votos se siguen contando; todo se guarda { $kept }). `{ $settings } { $learning }:True` o el botón lo activa.
settings-turn-off = Desactivar aprendizaje
settings-turn-on = Activar aprendizaje
settings-per-server = Los ajustes son por servidor: ejecuta esto en un servidor.
settings-moderators-only = Solo los moderadores pueden cambiar los ajustes de netmedic.
settings-retention-range = { $option } debe ser un número entero de 0 (el valor predeterminado) a { $max }.
settings-button-gone = Ese botón ya no está disponible.
