/**
 * The event the website's chat page sends when it reconnects to its Direct Line conversation (a
 * learner back on the page, same browser): the assistant shows the advisors' answers that came for
 * this conversation meanwhile. The only event activity the assistant runs a turn for.
 */
export const WEB_JOIN_EVENT = "webchat/join";
