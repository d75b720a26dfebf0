# /faq, /faqs e "Responder com FAQ".

## Publicar

faq-for-user = <@{ $user }>, isto deve ajudar:
faq-delete-button = Excluir
faq-not-found = Não existe nenhuma entrada do FAQ chamada “{ $name }”.
faq-did-you-mean = Você quis dizer { $ids }?
faq-start-typing = Comece a digitar para escolher uma da lista.
faq-repeat = “{ $title }” acabou de ser publicada neste canal. Role para cima ou publique de novo em { $wait } s.
faq-delete-refused = Só quem publicou esta entrada ou um moderador pode excluí-la.
faq-button-gone = Esse botão não é mais suportado.
faq-form-gone = Esse formulário não é mais suportado.
faq-subcommand-gone = Esse subcomando não é mais suportado.
faq-answer-none = Ainda não há entradas no FAQ.
faq-answer-pick = Escolha a entrada a publicar como resposta à mensagem de { $author }:
faq-answer-placeholder = Escolha uma entrada do FAQ
faq-answer-gone = Essa entrada não está mais na base de conhecimento; abra o menu de novo.
faq-answer-posted = “{ $title }” publicada: { $url }
faq-answer-below = Não consegui responder no canal, então “{ $title }” está publicada abaixo.

## Gerenciar (/faqs)

faq-entry-name = “{ $title }” (`{ $id }`)
faq-scope-server = O FAQ é gerenciado por servidor: execute isto em um servidor.
faq-no-store = O armazenamento do FAQ não está disponível neste modo.
faq-not-moderator = Só moderadores (Gerenciar mensagens, ou o cargo definido com `/faqs moderadores`) podem alterar o FAQ.
faq-field-id = ID (kebab-case, ex.: panel-url)
faq-field-title = Título
faq-field-aliases = Apelidos (palavras de busca, com vírgulas)
faq-field-body = Texto (markdown)
faq-modal-new = Nova entrada do FAQ
faq-modal-edit = Editar { $id }
faq-saved-nothing-gone = Nada foi salvo: { $what } não existe mais (alguém removeu nesse meio-tempo).
faq-saved-nothing-exists = Nada foi salvo: { $entry } já existe. Use `/faqs editar` para alterá-la.
faq-saved-nothing-conflict = Nada foi salvo: { $entry } foi editada por outra pessoa nesse meio-tempo. Aqui está o texto atual; execute `/faqs editar` de novo para alterá-lo.
faq-saved-nothing-problems = Nada foi salvo:
faq-saved-nothing-id-taken = Nada foi salvo: `{ $id }` já existe. Use `/faqs editar` para alterá-la ou escolha outro ID.
faq-form-stale = está desatualizado; execute /faqs editar de novo
faq-source = { $source ->
    [shipped] do bot
    [override] alterada aqui
   *[server] deste servidor
}
faq-no-forms-add = Formulários não estão disponíveis aqui; escreva a entrada como arquivo .md e use `netmedic faq import`.
faq-no-forms-edit = Formulários não estão disponíveis aqui; exporte, edite o arquivo .md e importe-o.
faq-not-found-here = Não existe nenhuma entrada do FAQ chamada “{ $name }” neste servidor.
faq-remove-ask = Remover { $entry }? { $source ->
    [server] Ela será excluída (o histórico fica).
   *[other] Ela vem com o netmedic, então será ocultada neste servidor (`/faqs restaurar` a traz de volta).
}
faq-remove-button = Remover
faq-keep-button = Manter
faq-aliases-show = Apelidos de { $entry }: { $count ->
    [0] nenhum
   *[other] { $aliases }
}. Informe `adicionar` ou `remover` para alterá-los.
faq-aliases-saved = Apelidos de { $entry }: { $count ->
    [0] nenhum
   *[other] { $aliases }
}.
faq-unpinned = { $entry } desafixada.
faq-pinned = { $entry } fixada: ela é oferecida primeiro quando nada foi digitado.
faq-restore-not-shipped = `{ $id }` não é uma entrada do bot, então não há nada para restaurar.
faq-restored = `{ $id }` voltou ao texto original do bot.
faq-restore-already = `{ $id }` já está com o texto original do bot.
faq-list-title = Entradas do FAQ neste servidor
faq-list-empty = Nenhuma entrada.
faq-list-footer = Página { $page } de { $pages } · { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
faq-list-footer-hidden = { $hidden } do bot ocultas
faq-previous = Anterior
faq-next = Próxima
faq-history-unchanged = `{ $id }` não foi alterada neste servidor: está como veio no bot.
faq-history-none = Não há histórico de `{ $id }` neste servidor.
faq-history-title = Histórico de { $id }
faq-history-line = v{ $version } · **{ $action ->
    [add] adicionada
    [edit] editada
    [alias] apelidos
    [remove] removida
    [hide] ocultada
    [pin] fixada
    [unpin] desafixada
    [restore] restaurada
    [import] importada
   *[other] { $action }
}** por <@{ $user }> { $when } — { $title }
faq-export-none = Este servidor ainda não tem entradas próprias (as do bot estão no pacote).
faq-export-done = { $count ->
    [one] { $count } entrada, em um arquivo markdown (o formato de knowledge/faq).
   *[other] { $count } entradas, um arquivo markdown para cada (o formato de knowledge/faq).
}
faq-import-attach = Anexe um .zip (de `/faqs exportar`) ou um arquivo .md.
faq-import-nothing = Nada foi importado: { $problem }.
faq-import-problems = Nada foi importado ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}):
faq-imported = { $count ->
    [one] { $count } entrada importada
   *[other] { $count } entradas importadas
}: { $ids }
faq-more = …e mais { $count }
faq-stats-title = Uso do FAQ neste servidor
faq-stats-most = Mais usadas
faq-stats-least = Menos usadas
faq-stats-unused = Sem uso há { $days } dias ({ $count })
faq-mods-only-manage = Só membros com Gerenciar mensagens podem escolher o cargo de moderador.
faq-mods-cleared = Agora só membros com Gerenciar mensagens podem gerenciar o FAQ.
faq-mods-set = Membros com <@&{ $role }> também podem gerenciar o FAQ.
faq-mods-current = Membros com <@&{ $role }> podem gerenciar o FAQ, além de Gerenciar mensagens.
faq-mods-none = Só Gerenciar mensagens gerencia o FAQ. Informe `cargo` para adicionar um.
faq-preview = Prévia — nada é salvo até você clicar em Salvar:
faq-save-button = Salvar
faq-cancel-button = Cancelar
faq-saved-version = { $entry } salva (versão { $version }).
faq-draft-gone = Esta prévia expirou ou já foi usada; execute `/faqs adicionar` de novo.
faq-saved-post = { $entry } salva. Publique com `/faq entrada:{ $id }`.
faq-cancelled = Cancelado; nada foi salvo.
faq-kept = Mantida; nada foi alterado.
faq-removed = `{ $id }` removida.

## Problemas com um arquivo ou formulário

faq-problem-whole-file = arquivo
faq-problem-not-zip = esperado um .zip de arquivos .md (como o que /faqs exportar gera) ou um único arquivo .md
faq-problem-unreadable-zip = não foi possível ler o zip: { $error }
faq-problem-file-too-large = { $file } é grande demais (no máximo { $kib } KiB por arquivo)
faq-problem-too-many-files = { $count } arquivos (no máximo { $max })
faq-problem-not-md = não é um arquivo .md
faq-problem-duplicate-id = "{ $id }" também é o ID de { $other }
faq-problem-no-md = não há arquivos .md nele
faq-problem-id-required = é obrigatório
faq-problem-id-shape = deve estar em kebab-case, com no máximo 64 caracteres (letras minúsculas, dígitos e hífens simples)
faq-problem-not-cdn = o anexo não está na CDN do Discord
faq-problem-download = não foi possível baixar o anexo ({ $reason })
faq-problem-too-large = o anexo tem mais de { $mib } MiB
