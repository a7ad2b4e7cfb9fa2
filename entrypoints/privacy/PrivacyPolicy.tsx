import { i18n } from '#i18n';

/**
 * The privacy policy the stores ask for, shipped inside the extension: what is stored, where, and
 * that nothing leaves the manager's computer (docs/architecture.md#rules: coaching data never enters the CRM page, no network, nothing lost).
 */
export function PrivacyPolicy() {
  const sections = ['stored', 'where', 'crm', 'network', 'permissions', 'control'] as const;
  return (
    <main className="privacy">
      <h1>{i18n.t('privacy.title')}</h1>
      <p>{i18n.t('privacy.summary')}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{i18n.t(`privacy.${section}.heading`)}</h2>
          <p>{i18n.t(`privacy.${section}.text`)}</p>
        </section>
      ))}
    </main>
  );
}
