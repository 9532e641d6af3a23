/** Health: liveness (the process serves HTTP), readiness and startup (the NLP pipeline is loaded and warm). */
package org.summarizer.health;
