import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import Recommender from './Recommender.vue';

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('Recommender', Recommender);
  },
};

export default theme;
