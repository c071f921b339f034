# The environment the candidate (and the lab's setup/validation scripts) work in.
[ -f /etc/ckx/environment ] && set -a && . /etc/ckx/environment && set +a
if [ -n "$BASH_VERSION" ] && [ -f /usr/share/bash-completion/bash_completion ]; then
  . /usr/share/bash-completion/bash_completion
  command -v kubectl >/dev/null && source <(kubectl completion bash 2>/dev/null) && complete -o default -F __start_kubectl k
  alias k=kubectl
fi
