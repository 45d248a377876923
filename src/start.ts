import './styles/main.css';
const go = () => void import('./main');
if (document.visibilityState === 'hidden') go();
else requestAnimationFrame(() => setTimeout(go));
