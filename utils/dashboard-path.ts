/** The dashboard's welcome section, where a new manager adds the team: opened on install and from an empty popup. */
export const welcomePath = '/options.html#welcome';
