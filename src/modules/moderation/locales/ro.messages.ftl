mod-flood-mute = { $timed ->
    [yes] 🌊 { $targetHtml } nu mai poate scrie timp de { $durationHtml }: a trimis prea multe mesaje (flood).
   *[no] 🌊 { $targetHtml } nu mai poate scrie până la ridicarea restricției: a trimis prea multe mesaje (flood).
}
mod-flood-ban = { $timed ->
    [yes] 🌊 { $targetHtml } a fost blocat timp de { $durationHtml }: a trimis prea multe mesaje (flood).
   *[no] 🌊 { $targetHtml } a fost blocat până la deblocare: a trimis prea multe mesaje (flood).
}
mod-flood-kick = 🌊 { $targetHtml } a fost eliminat din grup pentru flood și poate reveni.
mod-flood-bot-cannot-restrict = ⚠️ Protecția anti-flood este activă în acest grup, dar nu o pot aplica: am nevoie de dreptul de administrator „{ $right }”.
mod-lock-bot-cannot-delete = ⚠️ Acest grup interzice unele tipuri de mesaje, dar nu le pot șterge: am nevoie de dreptul de administrator „{ $right }”.
mod-lock-bot-cannot-remove = ⚠️ Acest grup interzice adăugarea boților, dar nu îl pot elimina pe cel adăugat: am nevoie de dreptul de administrator „{ $right }”.
mod-target-not-seen = Nu l-am văzut pe { $username } în acest grup. Vă rog să răspundeți la mesajul persoanei sau să indicați id-ul numeric.
