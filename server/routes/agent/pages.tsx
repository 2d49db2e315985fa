/**
 * The console's simple pages: sign-in, refusal, and a message with a way back.
 * @module
 */
import { Layout } from '../../views/layout.tsx'

export function LoginPage({ error }: { error?: string }) {
  return (
    <Layout title="Connexion" site="agent">
      <h1>Connexion des conseillers</h1>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action="/agent/connexion">
        <div class="form-row">
          <div>
            <label for="token">
              Jeton d’agent
              <span class="hint">Fourni par votre responsable (commande « npm run agent:token »).</span>
            </label>
            <input id="token" name="token" type="password" autocomplete="current-password" required />
          </div>
          <button class="button" type="submit">
            Se connecter
          </button>
        </div>
      </form>
    </Layout>
  )
}

export function ForbiddenPage() {
  return (
    <Layout title="Accès refusé" site="agent" signedIn>
      <h1>Accès refusé</h1>
      <p class="notice notice--error">Votre jeton ne donne pas accès à cette page. Demandez les droits à votre responsable.</p>
    </Layout>
  )
}

/** A refused action, said plainly, with the way back to where the agent was. */
export function MessagePage({ title, message, back }: { title: string; message: string; back: string }) {
  return (
    <Layout title={title} site="agent" signedIn>
      <h1>{title}</h1>
      <p class="notice notice--error" role="alert">
        {message}
      </p>
      <p>
        <a class="button button--secondary" href={back}>
          Retour aux rappels
        </a>
      </p>
    </Layout>
  )
}
