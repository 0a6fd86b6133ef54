# bash completion for casus (installed as share/bash-completion/completions/casus).
# Completes commands, each command's options, treaty ids from the corpus and scenario files.
_casus() {
  local cur prev cmd i
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  local commands="check treaties show run diff serve help replay crosscheck dyads datasets"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      --corpus) ((i++)) ;;
      -*) ;;
      *) cmd="${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
    --corpus|--data-dir|--assets) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --store|--out|--sqlite) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --reading) COMPREPLY=($(compgen -W "literal self-defence both" -- "$cur")); return ;;
    --policy) COMPREPLY=($(compgen -W "all automatic-only both" -- "$cur")); return ;;
    --host) COMPREPLY=($(compgen -W "127.0.0.1 ::1" -- "$cur")); return ;;
    --port|--at|--state|--war|--max-body|--from|--to|--years) return ;;
  esac
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "$commands --corpus --version --help" -- "$cur"))
    return
  fi
  local treaties=""
  if [[ "$cmd" == show || "$cmd" == diff ]]; then
    local root="${CASUS_CORPUS:-corpus}"
    [[ -d "$root/treaties" ]] && treaties=$(cd "$root/treaties" && ls *.toml 2>/dev/null | sed 's/\.toml$//')
  fi
  case "$cmd" in
    check) COMPREPLY=($(compgen -f -- "$cur")) ;;
    treaties) COMPREPLY=($(compgen -W "--at --state --json --help" -- "$cur")) ;;
    show) COMPREPLY=($(compgen -W "$treaties --json --help" -- "$cur")) ;;
    diff) COMPREPLY=($(compgen -W "$treaties --json --help" -- "$cur")) ;;
    run)
      if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "--reading --policy --json --check-expectations --atop --data-dir --help" -- "$cur"))
      else
        COMPREPLY=($(compgen -f -X '!*.toml' -- "$cur") $(compgen -d -- "$cur"))
      fi ;;
    serve) COMPREPLY=($(compgen -W "--port --host --data-dir --store --assets --max-body --help" -- "$cur")) ;;
    help) COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
    replay) COMPREPLY=($(compgen -W "--war --reading --policy --data-dir --json --help" -- "$cur") $(compgen -f -X '!*.toml' -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "--data-dir --help" -- "$cur")) ;;
  esac
}
complete -o filenames -F _casus casus
