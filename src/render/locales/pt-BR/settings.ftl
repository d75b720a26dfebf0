settings-kept = { $custom ->
    [yes] { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
   *[no] { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } (o padrão)
}
settings-learning-on = **Aprendizado: ligado.** Erros sem resposta de { $explain }, "Explicar este erro" e da explicação automática são guardados por { $kept } (normalizados: sem autores, segredos, hosts ou números) para { $gaps }, junto com o que foi respondido e os votos Útil / Não útil para { $stats }. `{ $settings } { $learning }:False` ou o botão o desliga.
settings-learning-off = **Aprendizado: desligado.** Nada é registrado (os votos continuam sendo contados; tudo é guardado por { $kept }). `{ $settings } { $learning }:True` ou o botão o liga.
settings-turn-off = Desligar aprendizado
settings-turn-on = Ligar aprendizado
settings-per-server = As configurações são por servidor: execute isto em um servidor.
settings-moderators-only = Só moderadores podem alterar as configurações do netmedic.
settings-retention-range = { $option } deve ser um número inteiro de 0 (o padrão) a { $max }.
settings-button-gone = Esse botão não é mais suportado.
